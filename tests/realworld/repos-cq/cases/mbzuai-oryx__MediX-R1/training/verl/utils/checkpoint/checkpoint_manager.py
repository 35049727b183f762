stub: upstream file of 5641 bytes
