stub: upstream file of 200698 bytes
