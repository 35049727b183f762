stub: upstream file of 1592030 bytes
