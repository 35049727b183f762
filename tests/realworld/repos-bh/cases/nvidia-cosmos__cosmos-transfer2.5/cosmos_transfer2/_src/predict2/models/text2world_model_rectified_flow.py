stub: upstream file of 53775 bytes
