stub: upstream file of 28885 bytes
