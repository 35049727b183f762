stub: upstream file of 14109 bytes
