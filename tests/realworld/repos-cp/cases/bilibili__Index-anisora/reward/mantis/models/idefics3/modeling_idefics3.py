stub: upstream file of 62895 bytes
