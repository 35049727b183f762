stub: upstream file of 15566 bytes
