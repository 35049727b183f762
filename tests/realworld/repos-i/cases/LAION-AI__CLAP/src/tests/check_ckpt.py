stub: upstream file of 56326 bytes
