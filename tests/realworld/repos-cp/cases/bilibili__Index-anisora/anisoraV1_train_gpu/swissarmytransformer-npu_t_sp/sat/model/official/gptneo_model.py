stub: upstream file of 4648 bytes
