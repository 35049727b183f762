stub: upstream file of 7648 bytes
