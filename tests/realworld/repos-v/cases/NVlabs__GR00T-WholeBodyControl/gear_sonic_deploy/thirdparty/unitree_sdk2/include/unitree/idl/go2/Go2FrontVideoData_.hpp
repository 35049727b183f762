stub: upstream file of 18647 bytes
