stub: upstream file of 26326 bytes
