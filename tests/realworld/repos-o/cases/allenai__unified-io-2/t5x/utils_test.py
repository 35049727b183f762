stub: upstream file of 20326 bytes
