stub: upstream file of 738048 bytes
