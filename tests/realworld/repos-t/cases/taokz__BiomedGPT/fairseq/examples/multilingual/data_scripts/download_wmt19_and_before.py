stub: upstream file of 37648 bytes
