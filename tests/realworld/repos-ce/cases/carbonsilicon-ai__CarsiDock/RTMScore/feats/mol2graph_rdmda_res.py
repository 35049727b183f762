stub: upstream file of 12564 bytes
