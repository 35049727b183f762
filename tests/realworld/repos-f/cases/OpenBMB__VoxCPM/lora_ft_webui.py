stub: upstream file of 46831 bytes
