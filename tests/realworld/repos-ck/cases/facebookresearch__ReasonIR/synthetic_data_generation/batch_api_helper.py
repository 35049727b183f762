stub: upstream file of 5676 bytes
