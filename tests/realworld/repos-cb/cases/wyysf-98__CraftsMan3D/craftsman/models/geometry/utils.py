stub: upstream file of 19573 bytes
