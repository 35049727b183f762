stub: upstream file of 2326 bytes
