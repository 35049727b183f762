stub: upstream file of 12326 bytes
