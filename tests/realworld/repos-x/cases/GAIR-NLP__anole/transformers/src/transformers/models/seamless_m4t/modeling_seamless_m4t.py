stub: upstream file of 202269 bytes
