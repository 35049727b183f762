stub: upstream file of 18782 bytes
