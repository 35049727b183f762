stub: upstream file of 4782 bytes
