stub: upstream file of 9326 bytes
