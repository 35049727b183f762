stub: upstream file of 31717 bytes
