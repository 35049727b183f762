stub: upstream file of 11680 bytes
