stub: upstream file of 82649 bytes
