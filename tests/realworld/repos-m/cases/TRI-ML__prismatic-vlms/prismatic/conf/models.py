stub: upstream file of 20773 bytes
