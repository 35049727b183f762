stub: upstream file of 389922 bytes
