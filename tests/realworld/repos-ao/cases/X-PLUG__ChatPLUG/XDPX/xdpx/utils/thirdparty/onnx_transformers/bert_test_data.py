stub: upstream file of 17989 bytes
