stub: upstream file of 18627 bytes
