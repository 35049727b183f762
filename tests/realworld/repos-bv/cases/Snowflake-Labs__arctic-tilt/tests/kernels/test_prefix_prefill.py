stub: upstream file of 21648 bytes
