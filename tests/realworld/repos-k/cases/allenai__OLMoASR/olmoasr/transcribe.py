stub: upstream file of 30632 bytes
