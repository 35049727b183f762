stub: upstream file of 5648 bytes
