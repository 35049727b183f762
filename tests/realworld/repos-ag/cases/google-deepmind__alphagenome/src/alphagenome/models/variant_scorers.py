stub: upstream file of 31197 bytes
