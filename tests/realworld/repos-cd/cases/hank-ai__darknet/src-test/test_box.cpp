stub: upstream file of 6653 bytes
