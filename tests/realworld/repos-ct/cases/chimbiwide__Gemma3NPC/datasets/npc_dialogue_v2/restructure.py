stub: upstream file of 683 bytes
