stub: upstream file of 11019 bytes
