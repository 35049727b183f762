stub: upstream file of 24874 bytes
