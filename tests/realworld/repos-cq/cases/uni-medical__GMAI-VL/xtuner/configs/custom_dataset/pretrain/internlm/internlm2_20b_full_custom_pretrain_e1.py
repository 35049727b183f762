stub: upstream file of 6326 bytes
