stub: upstream file of 17335 bytes
