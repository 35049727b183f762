stub: upstream file of 17617 bytes
