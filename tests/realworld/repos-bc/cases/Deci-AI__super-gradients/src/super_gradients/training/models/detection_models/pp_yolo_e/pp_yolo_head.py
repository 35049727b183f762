stub: upstream file of 13326 bytes
