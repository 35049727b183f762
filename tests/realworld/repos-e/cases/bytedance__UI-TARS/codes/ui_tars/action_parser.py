stub: upstream file of 20653 bytes
