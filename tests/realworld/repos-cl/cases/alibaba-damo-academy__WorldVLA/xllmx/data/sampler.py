stub: upstream file of 8326 bytes
