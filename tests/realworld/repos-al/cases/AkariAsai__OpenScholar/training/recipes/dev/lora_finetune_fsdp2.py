stub: upstream file of 27827 bytes
