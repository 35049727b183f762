stub: upstream file of 17138 bytes
