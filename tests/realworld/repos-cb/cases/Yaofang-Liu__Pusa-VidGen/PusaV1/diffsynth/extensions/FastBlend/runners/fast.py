stub: upstream file of 6648 bytes
