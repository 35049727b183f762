stub: upstream file of 22684 bytes
