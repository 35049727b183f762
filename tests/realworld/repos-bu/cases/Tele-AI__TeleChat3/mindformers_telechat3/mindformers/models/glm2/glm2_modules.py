stub: upstream file of 20698 bytes
