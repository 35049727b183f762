stub: upstream file of 19176 bytes
