stub: upstream file of 47785 bytes
