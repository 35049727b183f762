stub: upstream file of 1301 bytes
